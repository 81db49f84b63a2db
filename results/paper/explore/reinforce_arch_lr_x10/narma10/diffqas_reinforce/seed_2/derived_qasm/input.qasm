// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.07200041542) q[0];
ry(pi*0.004614227675) q[1];
ry(pi*0.000294477907) q[2];
ry(pi*-0.055324660343) q[3];
ry(pi*-0.00221420785) q[4];
ry(pi*0.000259860424) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003392563558) q[0];
ry(pi*0.00860805658) q[1];
ry(pi*0.000777256184) q[2];
ry(pi*7.3530736e-05) q[3];
ry(pi*-1.8102579e-05) q[4];
ry(pi*0.009253647009) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000352047301) q[0];
ry(pi*0.00022712884) q[1];
ry(pi*-0.012491366562) q[2];
ry(pi*0.000143885743) q[3];
ry(pi*0.001072825654) q[4];
ry(pi*-2.2893019e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.05081072113) q[0];
ry(pi*-0.002228121692) q[1];
ry(pi*-1.8792801e-05) q[2];
ry(pi*-1.1269806e-05) q[3];
ry(pi*-1.1724022e-05) q[4];
ry(pi*-1.7721452e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003795282658) q[0];
ry(pi*0.005982406762) q[1];
ry(pi*0.004706321393) q[2];
ry(pi*0.000460941201) q[3];
ry(pi*-0.003472491594) q[4];
ry(pi*-0.002736151251) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
