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
rz(pi*-0.00175403675) q[0];
rz(pi*-0.000398829538) q[1];
rz(pi*-0.006614952241) q[2];
rz(pi*-0.000725435385) q[3];
rz(pi*0.004405857399) q[4];
rz(pi*-0.001818181683) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002224761737) q[0];
rz(pi*0.00051258502) q[1];
rz(pi*-0.000372214294) q[2];
rz(pi*-0.00106720142) q[3];
rz(pi*0.002148630326) q[4];
rz(pi*0.005247669913) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005978950164) q[0];
rz(pi*0.003171173233) q[1];
rz(pi*-0.001432160824) q[2];
rz(pi*0.000994818609) q[3];
rz(pi*0.003335095994) q[4];
rz(pi*0.000439461901) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00613545636) q[0];
rz(pi*0.003362379695) q[1];
rz(pi*-0.001075697357) q[2];
rz(pi*0.002708891563) q[3];
rz(pi*-0.004839437451) q[4];
rz(pi*0.000712451948) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001879473737) q[0];
rz(pi*-0.002771790372) q[1];
rz(pi*0.00325296712) q[2];
rz(pi*0.000693022446) q[3];
rz(pi*-0.001611218057) q[4];
rz(pi*0.001103409946) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
