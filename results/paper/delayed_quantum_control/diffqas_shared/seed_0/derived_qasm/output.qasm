// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*0.011753355136) q[0];
ry(pi*-0.166685511243) q[1];
ry(pi*-0.006904086836) q[2];
ry(pi*-0.000264652822) q[3];
ry(pi*3.606777e-05) q[4];
ry(pi*-0.00094379133) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008510353452) q[0];
ry(pi*0.007998702321) q[1];
ry(pi*0.009018719925) q[2];
ry(pi*2.6802941e-05) q[3];
ry(pi*-0.009621749738) q[4];
ry(pi*-0.499958880997) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003952649445) q[0];
ry(pi*-4.8543771e-05) q[1];
ry(pi*-0.499849787698) q[2];
ry(pi*-0.004587800416) q[3];
ry(pi*-0.000208781878) q[4];
ry(pi*-0.000265540594) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*6.1708464e-05) q[0];
ry(pi*6.9743825e-05) q[1];
ry(pi*0.001093111672) q[2];
ry(pi*0.3948866659) q[3];
ry(pi*-0.500088692536) q[4];
ry(pi*0.381940421783) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-2.2637839e-05) q[0];
ry(pi*0.256431294107) q[1];
ry(pi*0.50001925228) q[2];
ry(pi*0.031752041118) q[3];
ry(pi*-0.003839958439) q[4];
ry(pi*-0.002586162194) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
