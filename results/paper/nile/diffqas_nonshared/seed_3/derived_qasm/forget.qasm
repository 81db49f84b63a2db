// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.102226141674) q[0];
rx(pi*-0.025079747897) q[1];
rx(pi*-0.134786127767) q[2];
rx(pi*0.032682222762) q[3];
rx(pi*-0.060952850056) q[4];
rx(pi*-0.002832531624) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.059270503315) q[0];
rx(pi*-0.199026760527) q[1];
rx(pi*-0.043879762954) q[2];
rx(pi*0.042862804705) q[3];
rx(pi*-0.055226006798) q[4];
rx(pi*0.000566028137) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.134545818944) q[0];
rx(pi*-0.034081028903) q[1];
rx(pi*-0.135511674097) q[2];
rx(pi*0.02304532625) q[3];
rx(pi*-0.054870661464) q[4];
rx(pi*0.005531881674) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.468835264714) q[0];
rx(pi*-0.313241164855) q[1];
rx(pi*-0.039494228925) q[2];
rx(pi*0.034118945939) q[3];
rx(pi*-0.05433850435) q[4];
rx(pi*-0.000856332373) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.017439006186) q[0];
rx(pi*0.076070823967) q[1];
rx(pi*-0.128408818084) q[2];
rx(pi*0.035566983989) q[3];
rx(pi*-0.053028668538) q[4];
rx(pi*-0.006077545605) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
