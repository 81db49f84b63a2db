// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
ry(pi*-0.136495314956) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.098607090052) q[0];
ry(pi*-0.126574931265) q[1];
ry(pi*-0.10330314867) q[2];
ry(pi*0.001723252577) q[3];
ry(pi*-0.096276050838) q[4];
ry(pi*0.03704327246) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.065873934948) q[0];
ry(pi*0.45282150675) q[1];
ry(pi*-0.054109180748) q[2];
ry(pi*0.395186776823) q[3];
ry(pi*0.266407335599) q[4];
ry(pi*0.256640032277) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.056292298935) q[0];
ry(pi*-0.284892578542) q[1];
ry(pi*-0.039102097804) q[2];
ry(pi*0.094016946797) q[3];
ry(pi*0.005005747222) q[4];
ry(pi*0.038541856281) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.049693197832) q[0];
ry(pi*-0.056033667181) q[1];
ry(pi*0.322162606167) q[2];
ry(pi*0.047531072991) q[3];
ry(pi*0.028293548744) q[4];
ry(pi*0.456026535073) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.046048025478) q[0];
ry(pi*0.131044037875) q[1];
ry(pi*0.034143247658) q[2];
ry(pi*0.06195862387) q[3];
ry(pi*-0.181753117252) q[4];
ry(pi*0.005377441136) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
