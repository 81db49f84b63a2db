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
ry(pi*0.083611542538) q[0];
ry(pi*0.330676778477) q[1];
ry(pi*0.010180285493) q[2];
ry(pi*0.000769988807) q[3];
ry(pi*-0.109133369686) q[4];
ry(pi*0.015132790441) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.135442072573) q[0];
ry(pi*0.365157394791) q[1];
ry(pi*-0.044431983748) q[2];
ry(pi*-0.43599609464) q[3];
ry(pi*0.196695635936) q[4];
ry(pi*0.453268656468) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.056035241919) q[0];
ry(pi*0.013243893326) q[1];
ry(pi*0.010510276122) q[2];
ry(pi*0.006883892718) q[3];
ry(pi*-0.071132578224) q[4];
ry(pi*-0.211912367742) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.168921885932) q[0];
ry(pi*0.092527842235) q[1];
ry(pi*-0.158455436857) q[2];
ry(pi*0.136930171579) q[3];
ry(pi*-0.075930596389) q[4];
ry(pi*-0.327960829645) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000945074955) q[0];
ry(pi*0.049058417126) q[1];
ry(pi*-0.392846981686) q[2];
ry(pi*-0.052981246155) q[3];
ry(pi*0.229560893539) q[4];
ry(pi*0.001491949585) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
