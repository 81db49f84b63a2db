// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
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
rz(pi*0.001894295159) q[0];
rz(pi*0.006199872989) q[1];
rz(pi*-0.004705982848) q[2];
rz(pi*0.000441862324) q[3];
rz(pi*-0.001281926456) q[4];
rz(pi*0.004871530743) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001555290399) q[0];
rz(pi*0.002353784722) q[1];
rz(pi*-0.002425153825) q[2];
rz(pi*0.005308235074) q[3];
rz(pi*0.008200024518) q[4];
rz(pi*-0.0034619048) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003536800315) q[0];
rz(pi*0.000172294023) q[1];
rz(pi*-0.002472976562) q[2];
rz(pi*-0.001131886854) q[3];
rz(pi*0.001333551154) q[4];
rz(pi*0.002362499587) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00121599097) q[0];
rz(pi*0.003188522625) q[1];
rz(pi*0.007152207688) q[2];
rz(pi*-0.000233252387) q[3];
rz(pi*0.00340420156) q[4];
rz(pi*0.001898182793) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001063465049) q[0];
rz(pi*-0.003962380093) q[1];
rz(pi*0.001920632742) q[2];
rz(pi*-0.001470852927) q[3];
rz(pi*-0.000813304331) q[4];
rz(pi*0.002593054638) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
