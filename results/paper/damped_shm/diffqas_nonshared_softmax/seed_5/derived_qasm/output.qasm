// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000232558307) q[0];
ry(0) q[1];
ry(pi*-0.000920361765) q[2];
ry(pi*-0.003802718789) q[3];
ry(pi*-0.002343943943) q[4];
ry(pi*0.001880293271) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*7.639e-09) q[2];
ry(pi*1.399885e-06) q[3];
ry(pi*-0.000929551616) q[4];
ry(pi*7.3718616e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*8.86e-10) q[0];
ry(0) q[1];
ry(pi*2.97561e-06) q[2];
ry(pi*5.7599506e-05) q[3];
ry(pi*0.004581831116) q[4];
ry(pi*-0.003474993032) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*1.67922e-07) q[2];
ry(pi*1.65202e-07) q[3];
ry(pi*0.000848310977) q[4];
ry(pi*-0.001292037893) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.069972404189) q[0];
ry(0) q[1];
ry(pi*0.000919913608) q[2];
ry(pi*0.003802805056) q[3];
ry(pi*0.002002606129) q[4];
ry(pi*0.001339527569) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
