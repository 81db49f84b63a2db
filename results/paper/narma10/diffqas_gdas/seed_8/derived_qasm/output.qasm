// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000166938576) q[0];
ry(pi*0.00769452115) q[1];
ry(pi*0.007909792468) q[2];
ry(pi*-0.006614409739) q[3];
ry(pi*0.00217824471) q[4];
ry(pi*0.004126504144) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000240120929) q[0];
ry(pi*-0.003424311487) q[1];
ry(pi*-0.011907817018) q[2];
ry(pi*-0.005988924493) q[3];
ry(pi*-0.000675083936) q[4];
ry(pi*-0.002064972811) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*4.2925295e-05) q[0];
ry(pi*0.004659424021) q[1];
ry(pi*0.000711392291) q[2];
ry(pi*0.003893260595) q[3];
ry(pi*-0.001701033266) q[4];
ry(pi*-0.003650006846) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000107088256) q[0];
ry(pi*-0.003986873318) q[1];
ry(pi*0.011028885508) q[2];
ry(pi*-0.000178440415) q[3];
ry(pi*0.000543731861) q[4];
ry(pi*0.002746220444) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*2.3587065e-05) q[0];
ry(pi*-0.002308336394) q[1];
ry(pi*0.005276674501) q[2];
ry(pi*-0.002454937185) q[3];
ry(pi*-0.000532359514) q[4];
ry(pi*-0.00192046169) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
