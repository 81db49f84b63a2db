// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.137334642101) q[0];
ry(pi*-0.098120477019) q[1];
ry(pi*-0.184998253963) q[2];
ry(pi*-0.045366486436) q[3];
ry(pi*0.102681288405) q[4];
ry(pi*-0.056107608722) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.050587089353) q[0];
ry(pi*0.418885522132) q[1];
ry(pi*-0.112475163061) q[2];
ry(pi*0.516493099376) q[3];
ry(pi*-0.112429903571) q[4];
ry(pi*0.047225127948) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.054498359236) q[0];
ry(pi*-0.166736282316) q[1];
ry(pi*-0.092903028321) q[2];
ry(pi*0.108125641679) q[3];
ry(pi*0.283653088935) q[4];
ry(pi*-0.156868632131) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.011325956048) q[0];
ry(pi*0.030714869778) q[1];
ry(pi*0.449957418704) q[2];
ry(pi*-0.002818878953) q[3];
ry(pi*0.48588664225) q[4];
ry(pi*-0.168273245634) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.931442155816) q[0];
ry(pi*0.079958387401) q[1];
ry(pi*0.12904511661) q[2];
ry(pi*-0.031885284353) q[3];
ry(pi*-0.440993516383) q[4];
ry(pi*0.002559506373) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
