// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-0.026303643375) q[0];
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
ry(pi*0.220517305677) q[0];
ry(pi*0.170327159408) q[1];
ry(pi*0.092129784502) q[2];
ry(pi*0.139778455326) q[3];
ry(pi*-0.142789762409) q[4];
ry(pi*-0.001341826385) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.19588322288) q[0];
ry(pi*-0.233731615746) q[1];
ry(pi*0.115366533918) q[2];
ry(pi*-0.021088209062) q[3];
ry(pi*0.012146233309) q[4];
ry(pi*-0.000327422527) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.109764962971) q[0];
ry(pi*0.070679361971) q[1];
ry(pi*-0.076518965011) q[2];
ry(pi*0.180785203556) q[3];
ry(pi*0.109600905621) q[4];
ry(pi*0.000360957859) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002325057017) q[0];
ry(pi*-0.033088706767) q[1];
ry(pi*-0.133497660011) q[2];
ry(pi*0.130453871585) q[3];
ry(pi*-0.135637833383) q[4];
ry(pi*0.00178586383) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.052379772107) q[0];
ry(pi*0.136879988661) q[1];
ry(pi*0.113124353569) q[2];
ry(pi*0.183866453673) q[3];
ry(pi*0.186510533737) q[4];
ry(pi*0.002119642784) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
