// DiffQAS-QLSTM derived circuit, update gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.068350964712) q[0];
ry(pi*-0.045282522541) q[1];
ry(pi*-0.031271017931) q[2];
ry(pi*0.48224406442) q[3];
ry(pi*-0.007474995194) q[4];
ry(pi*-0.00324256709) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.070711890746) q[0];
ry(pi*0.193234741138) q[1];
ry(pi*0.035510540065) q[2];
ry(pi*0.004916899623) q[3];
ry(pi*0.033622469449) q[4];
ry(pi*-0.00405133471) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.03136936554) q[0];
ry(pi*0.001099832397) q[1];
ry(pi*0.046267506967) q[2];
ry(pi*-0.183005280655) q[3];
ry(pi*0.485986780412) q[4];
ry(pi*-0.030009650374) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.091796414353) q[0];
ry(pi*0.281094253426) q[1];
ry(pi*0.063725650727) q[2];
ry(pi*0.003397637286) q[3];
ry(pi*-0.121401366532) q[4];
ry(pi*-0.026652892245) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.177620947668) q[0];
ry(pi*-0.027424902835) q[1];
ry(pi*0.283823217563) q[2];
ry(pi*0.01975466443) q[3];
ry(pi*-0.123026961041) q[4];
ry(pi*-0.00262731942) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
