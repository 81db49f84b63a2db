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
rx(pi*0.065277915566) q[0];
rx(pi*0.08253223984) q[1];
rx(pi*0.000313533846) q[2];
rx(pi*-0.003779124695) q[3];
rx(pi*-0.001844397129) q[4];
rx(pi*-0.000624310417) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.156539578281) q[0];
rx(pi*0.087600003045) q[1];
rx(pi*-0.004304135901) q[2];
rx(pi*-0.002529726274) q[3];
rx(pi*0.002059125055) q[4];
rx(pi*-0.006342185198) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.063598922258) q[0];
rx(pi*0.083697071685) q[1];
rx(pi*0.003909096614) q[2];
rx(pi*0.002194624417) q[3];
rx(pi*-0.001041595918) q[4];
rx(pi*-0.001173246258) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.152846912398) q[0];
rx(pi*0.088804061045) q[1];
rx(pi*-0.00145424866) q[2];
rx(pi*-0.000966779334) q[3];
rx(pi*0.001122196671) q[4];
rx(pi*-0.000384479212) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.064003231512) q[0];
rx(pi*0.080460700383) q[1];
rx(pi*-0.000128277434) q[2];
rx(pi*-0.001411980491) q[3];
rx(pi*0.003711656418) q[4];
rx(pi*0.0020788619) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
