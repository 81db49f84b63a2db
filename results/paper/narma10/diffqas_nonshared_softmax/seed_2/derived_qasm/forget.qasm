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
ry(pi*-0.107347038059) q[0];
ry(pi*0.01151515466) q[1];
ry(pi*-0.000703498886) q[2];
ry(pi*-0.007104008608) q[3];
ry(pi*0.003883920667) q[4];
ry(pi*0.003328414326) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.109676711235) q[0];
ry(pi*-0.037678691125) q[1];
ry(pi*0.001222859327) q[2];
ry(pi*-0.001614902031) q[3];
ry(pi*0.002809340108) q[4];
ry(pi*-0.000895656135) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.109542953364) q[0];
ry(pi*-0.002541165952) q[1];
ry(pi*0.00108497592) q[2];
ry(pi*-0.000290239313) q[3];
ry(pi*0.001735155012) q[4];
ry(pi*-0.001932127114) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.108000573326) q[0];
ry(pi*-0.030610638245) q[1];
ry(pi*0.002676852818) q[2];
ry(pi*0.000598347472) q[3];
ry(pi*0.001052244077) q[4];
ry(pi*0.001306675367) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.112868117125) q[0];
ry(pi*-0.010517618575) q[1];
ry(pi*0.006553642993) q[2];
ry(pi*-0.005215315449) q[3];
ry(pi*-0.005504897683) q[4];
ry(pi*-0.00479002708) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
