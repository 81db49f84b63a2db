// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.485345767159) q[0];
ry(pi*-0.025930315149) q[1];
ry(pi*-0.362220603175) q[2];
ry(pi*0.000153526075) q[3];
ry(pi*0.000764504349) q[4];
ry(pi*0.053822545219) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.100282639805) q[0];
ry(pi*-0.421568382492) q[1];
ry(pi*-0.428062374573) q[2];
ry(pi*0.499918886445) q[3];
ry(pi*0.00573523692) q[4];
ry(pi*-0.115708280536) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.223933083281) q[0];
ry(pi*-7.2448577e-05) q[1];
ry(pi*5.8853449e-05) q[2];
ry(pi*-0.484770058102) q[3];
ry(pi*0.114523754979) q[4];
ry(pi*-0.041512571169) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004849923155) q[0];
ry(pi*0.49981438455) q[1];
ry(pi*0.000354304687) q[2];
ry(pi*-0.5011356467) q[3];
ry(pi*0.499012292669) q[4];
ry(pi*0.002521214032) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-2.9749764e-05) q[0];
ry(pi*-0.005773363249) q[1];
ry(pi*-0.060962511927) q[2];
ry(pi*-0.03983095488) q[3];
ry(pi*0.031715575497) q[4];
ry(pi*0.002178067433) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
