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
ry(pi*-0.118646087194) q[0];
ry(pi*-0.085807068901) q[1];
ry(pi*-0.013783360876) q[2];
ry(pi*-0.005991961319) q[3];
ry(pi*0.019453859816) q[4];
ry(pi*-0.003703368292) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.126414526169) q[0];
ry(pi*-0.033801171388) q[1];
ry(pi*0.026509199769) q[2];
ry(pi*-0.01906935574) q[3];
ry(pi*-0.005211892054) q[4];
ry(pi*0.002100102929) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.126939426207) q[0];
ry(pi*-0.08741602431) q[1];
ry(pi*0.007859826551) q[2];
ry(pi*-0.002278981403) q[3];
ry(pi*-0.008407461276) q[4];
ry(pi*-0.001453935461) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.131446516258) q[0];
ry(pi*-0.035261480062) q[1];
ry(pi*-0.006642721822) q[2];
ry(pi*0.011778950558) q[3];
ry(pi*-0.00303179676) q[4];
ry(pi*-0.000933573987) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.117384162313) q[0];
ry(pi*-0.097586906435) q[1];
ry(pi*-0.007013902879) q[2];
ry(pi*-0.007240857851) q[3];
ry(pi*-0.005504236602) q[4];
ry(pi*0.000929536793) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
