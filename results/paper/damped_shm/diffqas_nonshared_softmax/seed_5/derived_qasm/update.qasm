// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.004522204809) q[0];
ry(pi*0.021501535114) q[1];
ry(pi*-0.063129659803) q[2];
ry(pi*-0.011615949754) q[3];
ry(pi*0.024812661413) q[4];
ry(pi*-0.007547883155) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.080671914497) q[0];
ry(pi*0.137913197069) q[1];
ry(pi*-0.39247344623) q[2];
ry(pi*-0.006913739815) q[3];
ry(pi*-0.010860789335) q[4];
ry(pi*0.001542810333) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.01660707373) q[0];
ry(pi*0.152529213737) q[1];
ry(pi*0.19883930978) q[2];
ry(pi*-0.009525732812) q[3];
ry(pi*0.06153748579) q[4];
ry(pi*-0.067851853382) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.020215308515) q[0];
ry(pi*0.263388391986) q[1];
ry(pi*-0.163950172262) q[2];
ry(pi*0.481917695214) q[3];
ry(pi*0.520786746015) q[4];
ry(pi*0.025675541979) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.037256447881) q[0];
ry(pi*0.009476211569) q[1];
ry(pi*0.017112289542) q[2];
ry(pi*-0.034699768151) q[3];
ry(pi*0.087098079005) q[4];
ry(pi*-0.001416848038) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
