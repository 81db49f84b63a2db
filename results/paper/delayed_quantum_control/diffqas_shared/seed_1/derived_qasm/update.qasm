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
ry(pi*0.009483950079) q[0];
ry(pi*-0.363907735791) q[1];
ry(pi*-0.0066605983) q[2];
ry(pi*0.012251989776) q[3];
ry(pi*-0.073986833644) q[4];
ry(pi*-0.042539124886) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.509947387584) q[0];
ry(pi*0.001936136145) q[1];
ry(pi*-0.499538482853) q[2];
ry(pi*0.515901680884) q[3];
ry(pi*0.476190391868) q[4];
ry(pi*-0.491198859822) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.053574059143) q[0];
ry(pi*0.001000701791) q[1];
ry(pi*-0.000450614653) q[2];
ry(pi*-0.00535027809) q[3];
ry(pi*-0.008335530254) q[4];
ry(pi*-0.107169614409) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.524520468925) q[0];
ry(pi*0.001764252685) q[1];
ry(pi*0.479290425004) q[2];
ry(pi*-0.021692182769) q[3];
ry(pi*-0.00295923104) q[4];
ry(pi*-0.504103933077) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000792917372) q[0];
ry(pi*-0.484874180542) q[1];
ry(pi*-0.002105320731) q[2];
ry(pi*0.511549256672) q[3];
ry(pi*0.501585604384) q[4];
ry(pi*0.001491908823) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
