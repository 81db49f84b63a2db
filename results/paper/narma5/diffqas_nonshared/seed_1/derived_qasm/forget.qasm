// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.030359911972) q[0];
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
rx(pi*-0.001019325841) q[0];
rx(pi*0.002595366942) q[1];
rx(pi*0.001051813114) q[2];
rx(pi*-0.004148078826) q[3];
rx(pi*0.002881837052) q[4];
rx(pi*0.001420854697) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003836502138) q[0];
rx(pi*0.001829849182) q[1];
rx(pi*0.001160469373) q[2];
rx(pi*0.000936252183) q[3];
rx(pi*9.0470556e-05) q[4];
rx(pi*0.001740241487) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004463501349) q[0];
rx(pi*-0.000538469295) q[1];
rx(pi*-0.001534633227) q[2];
rx(pi*0.001906186625) q[3];
rx(pi*0.000126439319) q[4];
rx(pi*-0.000930919432) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004616276436) q[0];
rx(pi*-0.000838578773) q[1];
rx(pi*2.5916857e-05) q[2];
rx(pi*-0.00087727132) q[3];
rx(pi*0.004119132935) q[4];
rx(pi*0.003204502718) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.010749253295) q[0];
rx(pi*-0.006032834546) q[1];
rx(pi*-0.00055631687) q[2];
rx(pi*-0.001343873811) q[3];
rx(pi*0.000680046792) q[4];
rx(pi*0.000691757201) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
