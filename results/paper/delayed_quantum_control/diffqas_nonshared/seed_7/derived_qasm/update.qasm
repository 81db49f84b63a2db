// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
rz(pi*0.004352505143) q[0];
rz(pi*0.000980984882) q[1];
rz(pi*-0.000737405484) q[2];
rz(pi*0.003775551) q[3];
rz(pi*-0.001233455087) q[4];
rz(pi*-0.000888545134) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001467397367) q[0];
rz(pi*-0.006243468806) q[1];
rz(pi*0.002751011656) q[2];
rz(pi*-0.003848192908) q[3];
rz(pi*-0.00180926375) q[4];
rz(pi*-0.002368377729) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002314724281) q[0];
rz(pi*-0.000217096388) q[1];
rz(pi*5.114767e-05) q[2];
rz(pi*-0.005344031313) q[3];
rz(pi*-0.000276921704) q[4];
rz(pi*-0.004697484539) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000979854892) q[0];
rz(pi*0.001168127396) q[1];
rz(pi*-5.4381708e-05) q[2];
rz(pi*0.006503775497) q[3];
rz(pi*0.001679947132) q[4];
rz(pi*0.001896063775) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000452931181) q[0];
rz(pi*-0.000613707912) q[1];
rz(pi*0.003074568745) q[2];
rz(pi*0.003505817818) q[3];
rz(pi*-0.004141802404) q[4];
rz(pi*0.003356621466) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
