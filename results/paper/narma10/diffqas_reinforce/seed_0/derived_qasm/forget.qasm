// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rx(pi*0.143846582401) q[0];
rx(pi*-0.003317921804) q[1];
rx(pi*0.001942458665) q[2];
rx(pi*-0.000352200305) q[3];
rx(pi*-0.001334716496) q[4];
rx(pi*0.001654722864) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.143074182869) q[0];
rx(pi*0.004796283047) q[1];
rx(pi*0.001669519977) q[2];
rx(pi*-0.001341266392) q[3];
rx(pi*-0.006131297771) q[4];
rx(pi*-0.004162718376) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.148625741654) q[0];
rx(pi*0.000380412151) q[1];
rx(pi*-0.000906550642) q[2];
rx(pi*0.005600261828) q[3];
rx(pi*-0.004026941389) q[4];
rx(pi*-0.0018642278) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.143146250851) q[0];
rx(pi*0.001829306235) q[1];
rx(pi*-0.001756853313) q[2];
rx(pi*-0.001709767845) q[3];
rx(pi*-0.005051907324) q[4];
rx(pi*0.002321588265) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.147144928183) q[0];
rx(pi*-0.001505841193) q[1];
rx(pi*0.000510772604) q[2];
rx(pi*-0.003829164428) q[3];
rx(pi*-0.001445946156) q[4];
rx(pi*0.004386155386) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
