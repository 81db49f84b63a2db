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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000438700027) q[0];
rx(pi*0.000608483514) q[1];
rx(pi*-0.006178241685) q[2];
rx(pi*0.003924955163) q[3];
rx(pi*-0.499450069849) q[4];
rx(pi*-0.006369899639) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.004982444537) q[0];
rx(pi*0.503901114404) q[1];
rx(pi*-0.499915926696) q[2];
rx(pi*-0.007424751801) q[3];
rx(pi*-0.00490802927) q[4];
rx(pi*-0.004473732996) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.506194008908) q[0];
rx(pi*0.493966262746) q[1];
rx(pi*0.49998825081) q[2];
rx(pi*0.001122909632) q[3];
rx(pi*1.5324825e-05) q[4];
rx(pi*0.50760816163) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.495074498885) q[0];
rx(pi*0.005795914731) q[1];
rx(pi*0.00179563613) q[2];
rx(pi*-0.005178607926) q[3];
rx(pi*-0.505980148096) q[4];
rx(pi*0.001460060101) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003193663054) q[0];
rx(pi*-0.500015305948) q[1];
rx(pi*0.11698545002) q[2];
rx(pi*0.016149921817) q[3];
rx(pi*-0.004623440427) q[4];
rx(pi*-0.003945443062) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
