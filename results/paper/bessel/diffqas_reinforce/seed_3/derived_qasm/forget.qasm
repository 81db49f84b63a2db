// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.184249722149) q[0];
ry(pi*0.013580718887) q[1];
ry(pi*0.019389265911) q[2];
ry(pi*0.02092122991) q[3];
ry(pi*-0.329212765374) q[4];
ry(pi*-0.031961452821) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.13044085628) q[0];
ry(pi*0.082603131512) q[1];
ry(pi*-0.465124840339) q[2];
ry(pi*0.044226760279) q[3];
ry(pi*0.050904565083) q[4];
ry(pi*0.02439857408) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.319488473271) q[0];
ry(pi*0.10403120889) q[1];
ry(pi*0.099063811521) q[2];
ry(pi*0.003939662303) q[3];
ry(pi*0.071484778826) q[4];
ry(pi*-1.3293034e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.024684531333) q[0];
ry(pi*0.171740534248) q[1];
ry(pi*0.005099326149) q[2];
ry(pi*-0.290130498834) q[3];
ry(pi*-0.243519030181) q[4];
ry(pi*0.003121824523) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.030376350899) q[0];
ry(pi*0.891714967636) q[1];
ry(pi*-0.003879152282) q[2];
ry(pi*0.28826944304) q[3];
ry(pi*0.144920164815) q[4];
ry(pi*-0.002097111015) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
