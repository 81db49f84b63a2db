// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.156584723934) q[0];
ry(pi*-0.113993115685) q[1];
ry(pi*0.021238994975) q[2];
ry(pi*-0.018641182327) q[3];
ry(pi*0.058390561507) q[4];
ry(pi*-0.005018624974) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.139470783763) q[0];
ry(pi*-0.057909042657) q[1];
ry(pi*-0.019093613584) q[2];
ry(pi*0.014904874381) q[3];
ry(pi*0.021224302953) q[4];
ry(pi*0.017368428751) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.121195578624) q[0];
ry(pi*-0.09567892155) q[1];
ry(pi*0.009877003157) q[2];
ry(pi*0.025208221858) q[3];
ry(pi*-0.017838720477) q[4];
ry(pi*0.00189223039) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.137080549577) q[0];
ry(pi*-0.116039317038) q[1];
ry(pi*0.014631997651) q[2];
ry(pi*0.021678904218) q[3];
ry(pi*-0.049114723498) q[4];
ry(pi*-0.012902066074) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.058636315508) q[0];
ry(pi*-0.088471895665) q[1];
ry(pi*0.016573195517) q[2];
ry(pi*-0.027065513934) q[3];
ry(pi*0.041617580585) q[4];
ry(pi*-0.002387405024) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
