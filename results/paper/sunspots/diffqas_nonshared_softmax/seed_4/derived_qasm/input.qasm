// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.067985763035) q[0];
ry(pi*-0.02348844663) q[1];
ry(pi*-0.004403335802) q[2];
ry(pi*0.025523759997) q[3];
ry(pi*-0.001324205593) q[4];
ry(pi*0.004426580382) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006138994777) q[0];
ry(pi*-0.251027874536) q[1];
ry(pi*0.011572620741) q[2];
ry(pi*0.003186400938) q[3];
ry(pi*0.222981277447) q[4];
ry(pi*-0.007424021943) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.01095722544) q[0];
ry(pi*0.002540362278) q[1];
ry(pi*-0.005207843151) q[2];
ry(pi*0.004029933747) q[3];
ry(pi*0.008075072966) q[4];
ry(pi*-0.009354451589) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.140636146845) q[0];
ry(pi*0.007064347265) q[1];
ry(pi*-0.000232716018) q[2];
ry(pi*0.003264596228) q[3];
ry(pi*0.011946060148) q[4];
ry(pi*0.001063474313) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000345968758) q[0];
ry(pi*0.000614146657) q[1];
ry(pi*-0.004039506684) q[2];
ry(pi*0.069054398306) q[3];
ry(pi*-0.093564864165) q[4];
ry(pi*0.001586390142) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
