// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.375968218209) q[0];
ry(pi*-0.002030069181) q[1];
ry(pi*-0.116156758346) q[2];
ry(pi*0.003198081925) q[3];
ry(pi*0.041589970494) q[4];
ry(pi*0.446187230173) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.534034353257) q[0];
ry(pi*0.50790417444) q[1];
ry(pi*0.079359180597) q[2];
ry(pi*-0.142610811452) q[3];
ry(pi*0.381161628436) q[4];
ry(pi*0.02831576346) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.492880110886) q[0];
ry(pi*-0.027066735304) q[1];
ry(pi*-0.162130249385) q[2];
ry(pi*-0.300087264015) q[3];
ry(pi*0.017399327056) q[4];
ry(pi*0.103419897473) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.036206569543) q[0];
ry(pi*-0.459962355691) q[1];
ry(pi*-0.273932098089) q[2];
ry(pi*0.130066438591) q[3];
ry(pi*0.042160888931) q[4];
ry(pi*0.000253096065) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.04146545235) q[0];
ry(pi*-0.03159011346) q[1];
ry(pi*0.653247488447) q[2];
ry(pi*-0.14424075072) q[3];
ry(pi*0.399299461395) q[4];
ry(pi*0.000691563546) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
