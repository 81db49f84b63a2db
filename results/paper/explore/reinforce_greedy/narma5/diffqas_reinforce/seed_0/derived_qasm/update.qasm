// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*0.004851406587) q[0];
rz(pi*-0.00293851191) q[1];
rz(pi*-0.001442879093) q[2];
rz(pi*-0.002491680283) q[3];
rz(pi*-0.004460115603) q[4];
rz(pi*0.001981785465) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003351340224) q[0];
rz(pi*-0.002177959081) q[1];
rz(pi*0.003000932843) q[2];
rz(pi*0.002754058264) q[3];
rz(pi*-0.001978060284) q[4];
rz(pi*-0.004163621657) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000331857925) q[0];
rz(pi*-0.005086166177) q[1];
rz(pi*-0.003216274715) q[2];
rz(pi*-0.00123434236) q[3];
rz(pi*-0.000503354889) q[4];
rz(pi*-0.001767348652) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000462640521) q[0];
rz(pi*0.00439915824) q[1];
rz(pi*0.001996211275) q[2];
rz(pi*0.004390219408) q[3];
rz(pi*0.002852145888) q[4];
rz(pi*0.000738434015) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003863772202) q[0];
rz(pi*-0.004252897921) q[1];
rz(pi*-6.5524839e-05) q[2];
rz(pi*-0.001300638624) q[3];
rz(pi*-0.002974746301) q[4];
rz(pi*0.001304128869) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
