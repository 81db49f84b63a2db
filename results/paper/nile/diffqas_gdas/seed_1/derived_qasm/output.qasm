// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.202978764899) q[0];
ry(pi*0.00048745569) q[1];
ry(pi*-0.000328896806) q[2];
ry(pi*-2.9002976e-05) q[3];
ry(pi*-0.000133251499) q[4];
ry(pi*0.260816256581) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.00218747925) q[0];
ry(pi*0.001794670298) q[1];
ry(pi*0.002445860652) q[2];
ry(pi*0.171260732431) q[3];
ry(pi*-0.49989323529) q[4];
ry(pi*0.239183358905) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001450844979) q[0];
ry(pi*-0.000308836738) q[1];
ry(pi*-0.000844344932) q[2];
ry(pi*-3.1027509e-05) q[3];
ry(pi*-0.139809172205) q[4];
ry(pi*0.120334547902) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002924603997) q[0];
ry(pi*-0.001950088674) q[1];
ry(pi*0.034951557857) q[2];
ry(pi*0.115251777254) q[3];
ry(pi*-0.145480923346) q[4];
ry(pi*0.099990630245) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.317701771675) q[0];
ry(pi*0.000494768795) q[1];
ry(pi*-0.030200909901) q[2];
ry(pi*0.030620074815) q[3];
ry(pi*-0.150030237248) q[4];
ry(pi*0.005546259459) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
