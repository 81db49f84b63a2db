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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.093544904835) q[0];
rx(pi*-0.000880986347) q[1];
rx(pi*0.00393008403) q[2];
rx(pi*-0.000199757298) q[3];
rx(pi*-0.001148223502) q[4];
rx(pi*0.006159050158) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.113522506165) q[0];
rx(pi*-0.00724498976) q[1];
rx(pi*0.00067674294) q[2];
rx(pi*0.007522321528) q[3];
rx(pi*0.00226109277) q[4];
rx(pi*0.003324599915) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.087652955984) q[0];
rx(pi*-0.004695336468) q[1];
rx(pi*0.004176742794) q[2];
rx(pi*-0.000930755274) q[3];
rx(pi*0.004558541179) q[4];
rx(pi*0.001896733898) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.115920623528) q[0];
rx(pi*0.002495812191) q[1];
rx(pi*-0.001197243153) q[2];
rx(pi*-0.001078361398) q[3];
rx(pi*0.000756572332) q[4];
rx(pi*0.001118373959) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.08928067544) q[0];
rx(pi*0.001087215446) q[1];
rx(pi*0.001154985804) q[2];
rx(pi*-9.9451178e-05) q[3];
rx(pi*0.002407624785) q[4];
rx(pi*-0.000829411452) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
