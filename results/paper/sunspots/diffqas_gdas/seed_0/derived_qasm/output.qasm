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
ry(pi*0.110092698214) q[0];
ry(pi*0.559424670804) q[1];
ry(pi*0.074400918606) q[2];
ry(pi*-0.32875362488) q[3];
ry(pi*-0.072665211013) q[4];
ry(pi*0.01228241732) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.042347950737) q[0];
ry(pi*-0.3408667377) q[1];
ry(pi*-0.482509644942) q[2];
ry(pi*0.004736749233) q[3];
ry(pi*-0.016768505725) q[4];
ry(pi*-0.018144918095) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.155088855588) q[0];
ry(pi*-0.051018577067) q[1];
ry(pi*0.05045501057) q[2];
ry(pi*-0.132726028876) q[3];
ry(pi*-0.903053537004) q[4];
ry(pi*0.009175966058) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.025684663127) q[0];
ry(pi*0.31190660281) q[1];
ry(pi*-0.048999236382) q[2];
ry(pi*-0.295665171873) q[3];
ry(pi*-0.382982063577) q[4];
ry(pi*0.514141882645) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.016796906743) q[0];
ry(pi*0.341462823487) q[1];
ry(pi*0.12356619499) q[2];
ry(pi*-0.000137069653) q[3];
ry(pi*-0.026094811243) q[4];
ry(pi*0.003708359904) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
