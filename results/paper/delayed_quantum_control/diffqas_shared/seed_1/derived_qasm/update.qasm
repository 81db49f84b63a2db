// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-8.6240606e-05) q[0];
ry(pi*-0.283172452317) q[1];
ry(pi*0.002183345711) q[2];
ry(pi*-0.01107311454) q[3];
ry(pi*-0.000362275205) q[4];
ry(pi*-0.003479466153) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.525528035664) q[0];
ry(pi*-6.3895036e-05) q[1];
ry(pi*-0.500006844103) q[2];
ry(pi*0.499988971775) q[3];
ry(pi*0.493018384272) q[4];
ry(pi*-0.497687463643) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00108425881) q[0];
ry(pi*-0.009412550886) q[1];
ry(pi*-6.5598604e-05) q[2];
ry(pi*-0.011059124511) q[3];
ry(pi*-0.008200085587) q[4];
ry(pi*-0.172062122321) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.486318006641) q[0];
ry(pi*-0.000192171311) q[1];
ry(pi*0.532645548125) q[2];
ry(pi*-0.024520734859) q[3];
ry(pi*-0.000368851856) q[4];
ry(pi*-0.497030057935) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003608312158) q[0];
ry(pi*-0.494188623349) q[1];
ry(pi*-2.003266e-05) q[2];
ry(pi*0.480495535992) q[3];
ry(pi*0.499950115587) q[4];
ry(pi*0.001490084178) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
