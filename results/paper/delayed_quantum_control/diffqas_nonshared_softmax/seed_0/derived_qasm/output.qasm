// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.316916735344) q[0];
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
rz(pi*0.000159951046) q[0];
rz(pi*-0.004252864422) q[1];
rz(pi*0.003473141707) q[2];
rz(pi*0.001294217091) q[3];
rz(pi*-0.003614276716) q[4];
rz(pi*-0.002909755154) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001777505149) q[0];
rz(pi*-0.005409598757) q[1];
rz(pi*0.000216734275) q[2];
rz(pi*0.001148108331) q[3];
rz(pi*-0.002105554926) q[4];
rz(pi*-0.00085031401) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000284468578) q[0];
rz(pi*0.001836670477) q[1];
rz(pi*-0.003977729046) q[2];
rz(pi*-0.001791638364) q[3];
rz(pi*0.002546164678) q[4];
rz(pi*-0.008314408249) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003116765322) q[0];
rz(pi*0.004252854343) q[1];
rz(pi*0.006034057696) q[2];
rz(pi*-0.007514826107) q[3];
rz(pi*-0.001465964776) q[4];
rz(pi*-0.002064834073) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004615032535) q[0];
rz(pi*0.002120675168) q[1];
rz(pi*0.003257884322) q[2];
rz(pi*0.002337401902) q[3];
rz(pi*-0.004852872232) q[4];
rz(pi*0.001336193257) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
