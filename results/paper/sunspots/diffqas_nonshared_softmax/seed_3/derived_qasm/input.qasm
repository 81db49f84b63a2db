// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*0.117676627218) q[0];
ry(pi*0.013818270732) q[1];
ry(pi*4.7972074e-05) q[2];
ry(pi*-0.008314644816) q[3];
ry(pi*0.135788714159) q[4];
ry(pi*0.570390160062) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.079892039703) q[0];
ry(pi*0.003535314808) q[1];
ry(pi*-0.021272960936) q[2];
ry(pi*0.004381263974) q[3];
ry(pi*-0.123161544227) q[4];
ry(pi*0.013596760345) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007414004333) q[0];
ry(pi*-0.002395371058) q[1];
ry(pi*-0.0098845051) q[2];
ry(pi*-0.003134355134) q[3];
ry(pi*-0.043607949884) q[4];
ry(pi*0.008011230263) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.187506147645) q[0];
ry(pi*-0.341071301865) q[1];
ry(pi*0.033050763643) q[2];
ry(pi*-0.000565549743) q[3];
ry(pi*-0.004060411391) q[4];
ry(pi*0.007650204369) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003537985519) q[0];
ry(pi*0.028452412304) q[1];
ry(pi*-0.278402475874) q[2];
ry(pi*0.012062862312) q[3];
ry(pi*-0.033060278476) q[4];
ry(pi*0.004156234736) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
