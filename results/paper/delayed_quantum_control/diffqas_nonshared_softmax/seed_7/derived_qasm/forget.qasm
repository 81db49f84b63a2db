// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.316916735344) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.010750372687) q[0];
ry(pi*0.009889646714) q[1];
ry(pi*-0.000235512404) q[2];
ry(pi*-0.500278761523) q[3];
ry(pi*-0.002013676134) q[4];
ry(pi*0.303948047416) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007567135751) q[0];
ry(pi*-0.152509700266) q[1];
ry(pi*-0.149346725039) q[2];
ry(pi*-0.149148706471) q[3];
ry(pi*-0.118777359635) q[4];
ry(pi*0.099753641654) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00710336057) q[0];
ry(pi*-0.495632677122) q[1];
ry(pi*-0.530636751545) q[2];
ry(pi*-0.486750357616) q[3];
ry(pi*-0.489352621744) q[4];
ry(pi*0.495775238348) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001143565025) q[0];
ry(pi*-0.186102638634) q[1];
ry(pi*-0.186060651943) q[2];
ry(pi*0.052396193021) q[3];
ry(pi*0.059176170814) q[4];
ry(pi*0.005618998602) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.127965643157) q[0];
ry(pi*0.500642165532) q[1];
ry(pi*1.003827589947) q[2];
ry(pi*0.221751577778) q[3];
ry(pi*0.071702405729) q[4];
ry(pi*-9.8348906e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
