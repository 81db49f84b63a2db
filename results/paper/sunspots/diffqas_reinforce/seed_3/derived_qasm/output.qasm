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
rz(pi*-0.138235523653) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.209589875751) q[0];
ry(pi*0.040271687066) q[1];
ry(pi*0.000416103781) q[2];
ry(pi*-0.000224913067) q[3];
ry(pi*-0.000445480894) q[4];
ry(pi*-0.000125745637) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000342122404) q[0];
ry(pi*-0.029969024978) q[1];
ry(pi*-0.000138851637) q[2];
ry(pi*2.314238e-05) q[3];
ry(pi*-0.005483617375) q[4];
ry(pi*0.001625422272) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000408607841) q[0];
ry(pi*0.002041282371) q[1];
ry(pi*0.405036554679) q[2];
ry(pi*-3.6874684e-05) q[3];
ry(pi*0.001410588662) q[4];
ry(pi*-0.004855905796) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.305520717445) q[0];
ry(pi*-0.006404836175) q[1];
ry(pi*0.005758616681) q[2];
ry(pi*-0.005806532948) q[3];
ry(pi*-0.000133902705) q[4];
ry(pi*-0.003386265198) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.023912582405) q[0];
ry(pi*-0.501291450904) q[1];
ry(pi*-0.102366426171) q[2];
ry(pi*-0.487722255589) q[3];
ry(pi*-0.502728067359) q[4];
ry(pi*-0.000355526688) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
