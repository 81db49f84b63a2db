// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*0.000353567047) q[0];
ry(pi*-0.006902022957) q[1];
ry(pi*0.00300136803) q[2];
ry(pi*0.000644092545) q[3];
ry(pi*-0.003034197702) q[4];
ry(pi*-0.001635492947) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.011704163544) q[0];
ry(pi*-0.500848664918) q[1];
ry(pi*-0.002634217496) q[2];
ry(pi*0.485707501566) q[3];
ry(pi*0.008564782114) q[4];
ry(pi*-0.508884496313) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002286323412) q[0];
ry(pi*0.00818008001) q[1];
ry(pi*-0.000512012243) q[2];
ry(pi*0.012467348249) q[3];
ry(pi*0.001494411002) q[4];
ry(pi*-0.000205063516) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008402018469) q[0];
ry(pi*0.117921840496) q[1];
ry(pi*0.009054347781) q[2];
ry(pi*-0.007223967363) q[3];
ry(pi*0.004250180075) q[4];
ry(pi*0.516163504803) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.024133705036) q[0];
ry(pi*0.053396104256) q[1];
ry(pi*0.485872564471) q[2];
ry(pi*-0.006810140312) q[3];
ry(pi*0.000657228579) q[4];
ry(pi*-0.000679753159) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
