// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.110491315644) q[0];
ry(pi*-0.070003680764) q[1];
ry(pi*-0.086129273589) q[2];
ry(pi*-0.290726205166) q[3];
ry(pi*-0.168318419746) q[4];
ry(pi*0.157775131043) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.130477530602) q[0];
ry(pi*0.167780542349) q[1];
ry(pi*-0.085192257012) q[2];
ry(pi*-0.002892891938) q[3];
ry(pi*-0.013620724112) q[4];
ry(pi*0.128884787405) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.086824330714) q[0];
ry(pi*-0.058564081514) q[1];
ry(pi*-0.143418471835) q[2];
ry(pi*-0.160365764877) q[3];
ry(pi*-0.145662985833) q[4];
ry(pi*0.07067172544) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.271047842012) q[0];
ry(pi*-0.084378762509) q[1];
ry(pi*-0.01311240507) q[2];
ry(pi*-0.07615658553) q[3];
ry(pi*-0.055594381668) q[4];
ry(pi*0.182025660773) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.234920410171) q[0];
ry(pi*0.32671306792) q[1];
ry(pi*0.3965250765) q[2];
ry(pi*0.359794178473) q[3];
ry(pi*-0.140034416666) q[4];
ry(pi*-0.000550895741) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
