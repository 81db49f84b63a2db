// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*0.002750986458) q[0];
rz(pi*-0.004521482659) q[1];
rz(pi*0.00337808913) q[2];
rz(pi*0.000643580281) q[3];
rz(pi*-0.000644380472) q[4];
rz(pi*-0.000321420098) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000350473785) q[0];
rz(pi*-0.001764235343) q[1];
rz(pi*-0.001571303695) q[2];
rz(pi*-0.004077253559) q[3];
rz(pi*0.004195725324) q[4];
rz(pi*-0.003165749992) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000994856629) q[0];
rz(pi*0.002519985547) q[1];
rz(pi*0.003069939691) q[2];
rz(pi*0.003678671704) q[3];
rz(pi*-0.002386657082) q[4];
rz(pi*-0.001977305377) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000880552494) q[0];
rz(pi*-0.006221610421) q[1];
rz(pi*0.001896785628) q[2];
rz(pi*-0.005623644554) q[3];
rz(pi*-0.001159594255) q[4];
rz(pi*0.001919903032) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001711094011) q[0];
rz(pi*-0.002129269082) q[1];
rz(pi*0.001906593501) q[2];
rz(pi*0.002393629864) q[3];
rz(pi*-0.005875104608) q[4];
rz(pi*-0.00162229162) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
