// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.006496494112) q[0];
rz(pi*-0.008134904119) q[1];
rz(pi*0.001330843091) q[2];
rz(pi*-0.001807306889) q[3];
rz(pi*-0.001440824996) q[4];
rz(pi*-0.000686266295) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00642981854) q[0];
rz(pi*-0.000738277934) q[1];
rz(pi*-0.002754069233) q[2];
rz(pi*0.01057743372) q[3];
rz(pi*0.000718715252) q[4];
rz(pi*-0.00112245058) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000895358648) q[0];
rz(pi*-0.002126446292) q[1];
rz(pi*-0.003358662519) q[2];
rz(pi*-0.001243976217) q[3];
rz(pi*0.001534102583) q[4];
rz(pi*-0.000759355026) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003048629738) q[0];
rz(pi*-0.000635984216) q[1];
rz(pi*7.7236574e-05) q[2];
rz(pi*0.004920478654) q[3];
rz(pi*0.001735130555) q[4];
rz(pi*-0.001608195906) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000582004821) q[0];
rz(pi*0.001720534287) q[1];
rz(pi*0.006159579023) q[2];
rz(pi*-0.000858225201) q[3];
rz(pi*-0.000775269382) q[4];
rz(pi*0.003190459327) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
