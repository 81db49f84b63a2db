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
rx(pi*0.14384640216) q[0];
rx(pi*-0.003317918543) q[1];
rx(pi*0.001942466669) q[2];
rx(pi*-0.000352238251) q[3];
rx(pi*-0.001334717088) q[4];
rx(pi*0.001654715898) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.143073964683) q[0];
rx(pi*0.004796247177) q[1];
rx(pi*0.001669527833) q[2];
rx(pi*-0.001341289812) q[3];
rx(pi*-0.006131376626) q[4];
rx(pi*-0.004162716004) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.148625637304) q[0];
rx(pi*0.000380383692) q[1];
rx(pi*-0.000906548938) q[2];
rx(pi*0.005600296809) q[3];
rx(pi*-0.004026925678) q[4];
rx(pi*-0.001864220241) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.143146137015) q[0];
rx(pi*0.00182930831) q[1];
rx(pi*-0.001756856574) q[2];
rx(pi*-0.001709756284) q[3];
rx(pi*-0.005051911474) q[4];
rx(pi*0.002321587524) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.147144823833) q[0];
rx(pi*-0.001505842824) q[1];
rx(pi*0.000510772344) q[2];
rx(pi*-0.003829169171) q[3];
rx(pi*-0.001445947342) q[4];
rx(pi*0.004386153607) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
