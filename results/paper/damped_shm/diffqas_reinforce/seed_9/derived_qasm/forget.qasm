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
rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001033501225) q[0];
rz(pi*0.001264037526) q[1];
rz(pi*-0.004664021948) q[2];
rz(pi*0.007597506377) q[3];
rz(pi*0.000603586285) q[4];
rz(pi*-0.001621377371) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002845757408) q[0];
rz(pi*-0.000826068469) q[1];
rz(pi*0.000101286588) q[2];
rz(pi*0.001894373866) q[3];
rz(pi*1.7892016e-05) q[4];
rz(pi*0.001540617944) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005124712279) q[0];
rz(pi*-0.002394944467) q[1];
rz(pi*-0.003204030475) q[2];
rz(pi*0.000523960664) q[3];
rz(pi*0.001457730307) q[4];
rz(pi*-0.004666599574) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000534498025) q[0];
rz(pi*0.002309126135) q[1];
rz(pi*0.00291269593) q[2];
rz(pi*-0.003550439645) q[3];
rz(pi*0.00179196016) q[4];
rz(pi*0.001077242376) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001387530103) q[0];
rz(pi*0.006248472275) q[1];
rz(pi*-0.003561064087) q[2];
rz(pi*-0.000882914675) q[3];
rz(pi*0.001447629839) q[4];
rz(pi*0.000773863546) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
