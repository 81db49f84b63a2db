// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.290410289944) q[0];
ry(pi*-0.04735010618) q[1];
ry(pi*-0.446358098739) q[2];
ry(pi*0.18725532792) q[3];
ry(pi*-0.004543656465) q[4];
ry(pi*0.104186225725) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.301866319593) q[0];
ry(pi*-0.008945400335) q[1];
ry(pi*0.036998937892) q[2];
ry(pi*-0.054332712919) q[3];
ry(pi*0.038879047068) q[4];
ry(pi*0.104067541702) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.214907405693) q[0];
ry(pi*-0.299711622583) q[1];
ry(pi*-0.198596363746) q[2];
ry(pi*-0.008679294505) q[3];
ry(pi*-0.024872005797) q[4];
ry(pi*0.080338107974) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.061761074878) q[0];
ry(pi*0.045235417952) q[1];
ry(pi*0.326557908789) q[2];
ry(pi*0.111236384932) q[3];
ry(pi*-0.039408844446) q[4];
ry(pi*0.196216232547) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.030236483803) q[0];
ry(pi*0.192185149763) q[1];
ry(pi*0.21666828538) q[2];
ry(pi*-0.044186808416) q[3];
ry(pi*-0.014296975687) q[4];
ry(pi*-0.003395200177) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
