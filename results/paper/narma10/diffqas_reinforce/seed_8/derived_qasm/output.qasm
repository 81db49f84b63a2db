// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001200679962) q[0];
rz(pi*0.001173565682) q[1];
rz(pi*-0.00425429805) q[2];
rz(pi*-0.005927515045) q[3];
rz(pi*-0.000971680454) q[4];
rz(pi*0.001663310256) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001202558635) q[0];
rz(pi*-0.002456484057) q[1];
rz(pi*0.002268991066) q[2];
rz(pi*-0.003435314198) q[3];
rz(pi*-0.000139706291) q[4];
rz(pi*0.003411139064) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00218985366) q[0];
rz(pi*-0.002304920707) q[1];
rz(pi*0.009073152146) q[2];
rz(pi*-0.004677802981) q[3];
rz(pi*0.00544249098) q[4];
rz(pi*-0.003080956928) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004954779603) q[0];
rz(pi*-0.001476738332) q[1];
rz(pi*0.0012717289) q[2];
rz(pi*0.002124823678) q[3];
rz(pi*-0.003692888814) q[4];
rz(pi*-0.004515169477) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000518314827) q[0];
rz(pi*-0.003474744014) q[1];
rz(pi*0.00569348976) q[2];
rz(pi*0.000339870206) q[3];
rz(pi*0.002916960944) q[4];
rz(pi*-0.00250615471) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
