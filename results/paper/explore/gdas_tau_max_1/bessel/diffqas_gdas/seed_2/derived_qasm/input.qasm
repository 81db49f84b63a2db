// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.011624972481) q[0];
ry(pi*-0.032727088567) q[1];
ry(pi*0.301115738722) q[2];
ry(pi*-0.507471178392) q[3];
ry(pi*0.508000062707) q[4];
ry(pi*-0.004278813508) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.021652463322) q[0];
ry(pi*-0.241878494633) q[1];
ry(pi*-0.085204077034) q[2];
ry(pi*0.14447423884) q[3];
ry(pi*-0.295092745103) q[4];
ry(pi*-0.455354748022) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.519796482422) q[0];
ry(pi*-0.247520781097) q[1];
ry(pi*0.444472928582) q[2];
ry(pi*-0.0586795544) q[3];
ry(pi*-0.501268759498) q[4];
ry(pi*-0.025955648511) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.019992383473) q[0];
ry(pi*0.330385319127) q[1];
ry(pi*0.197255711448) q[2];
ry(pi*0.021405170157) q[3];
ry(pi*0.326118120497) q[4];
ry(pi*0.532701707458) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.056566023509) q[0];
ry(pi*-0.452013836881) q[1];
ry(pi*-0.459442805968) q[2];
ry(pi*-0.041541732283) q[3];
ry(pi*-0.175537094898) q[4];
ry(pi*0.006143440329) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
