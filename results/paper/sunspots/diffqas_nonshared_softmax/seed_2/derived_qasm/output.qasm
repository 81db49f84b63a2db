// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.060187157391) q[0];
ry(pi*0.054971762493) q[1];
ry(pi*-0.045986345076) q[2];
ry(pi*-0.093619904106) q[3];
ry(pi*-0.173099703947) q[4];
ry(pi*0.069036582895) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.052998155616) q[0];
ry(pi*-0.481381259746) q[1];
ry(pi*-0.18450259093) q[2];
ry(pi*-0.05456170924) q[3];
ry(pi*0.204500531046) q[4];
ry(pi*-0.020440258898) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.074329913098) q[0];
ry(pi*0.088747057425) q[1];
ry(pi*0.173767241102) q[2];
ry(pi*-0.190553284761) q[3];
ry(pi*0.143391511561) q[4];
ry(pi*-0.032272743435) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.026880095642) q[0];
ry(pi*-0.355195943341) q[1];
ry(pi*0.112066063189) q[2];
ry(pi*0.342328322291) q[3];
ry(pi*-0.212663916224) q[4];
ry(pi*-0.061623166718) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.146602554244) q[0];
ry(pi*0.088919510215) q[1];
ry(pi*-0.156525908417) q[2];
ry(pi*-0.034553948355) q[3];
ry(pi*-0.111286738604) q[4];
ry(pi*0.002378430618) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
