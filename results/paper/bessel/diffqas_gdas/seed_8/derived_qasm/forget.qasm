// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.103611550684) q[0];
rx(pi*-0.004058975392) q[1];
rx(pi*-0.006942143797) q[2];
rx(pi*-0.002508631543) q[3];
rx(pi*-0.007460878877) q[4];
rx(pi*-0.000601262383) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.097357212865) q[0];
rx(pi*0.002068439191) q[1];
rx(pi*-0.001757400707) q[2];
rx(pi*0.003048712151) q[3];
rx(pi*0.00234380476) q[4];
rx(pi*-0.000168812153) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.110343849962) q[0];
rx(pi*0.002801264832) q[1];
rx(pi*-0.004692592238) q[2];
rx(pi*0.00055680438) q[3];
rx(pi*-0.00023538784) q[4];
rx(pi*0.004583740841) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.098292815972) q[0];
rx(pi*-0.000417739661) q[1];
rx(pi*-0.003672006933) q[2];
rx(pi*-0.000557751906) q[3];
rx(pi*-0.005317729749) q[4];
rx(pi*0.001146389667) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.10932600948) q[0];
rx(pi*-0.000440318899) q[1];
rx(pi*-0.003103810492) q[2];
rx(pi*-0.000692674193) q[3];
rx(pi*-0.005881362651) q[4];
rx(pi*0.004941670917) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
