// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.600601111289) q[0];
ry(pi*0.054971871586) q[1];
ry(pi*-0.071180769003) q[2];
ry(pi*-0.002475845746) q[3];
ry(pi*-0.01820042524) q[4];
ry(pi*-0.500010638652) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*2.9191092e-05) q[0];
ry(pi*0.018522159166) q[1];
ry(pi*0.083774489982) q[2];
ry(pi*0.015822700023) q[3];
ry(pi*0.738667731482) q[4];
ry(pi*-8.793825e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.2492105e-05) q[0];
ry(pi*2.858304e-05) q[1];
ry(pi*0.500001379952) q[2];
ry(pi*-3.60893e-06) q[3];
ry(pi*-1.8762859e-05) q[4];
ry(pi*-0.044751660317) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.499383361668) q[0];
ry(pi*-0.000647284266) q[1];
ry(pi*-1.1301868e-05) q[2];
ry(pi*-0.5000123462) q[3];
ry(pi*-0.26256624591) q[4];
ry(pi*-0.286556697215) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006204284153) q[0];
ry(pi*0.085957978136) q[1];
ry(pi*0.429057305462) q[2];
ry(pi*-3.044922e-06) q[3];
ry(pi*-0.297189461396) q[4];
ry(pi*0.00174674158) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
