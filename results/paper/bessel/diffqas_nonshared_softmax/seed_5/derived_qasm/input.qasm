// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
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
rz(pi*-0.001669746316) q[0];
rz(pi*-0.002586728709) q[1];
rz(pi*-0.002782767292) q[2];
rz(pi*0.003765242869) q[3];
rz(pi*-0.001537355668) q[4];
rz(pi*-0.003100546883) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001249598969) q[0];
rz(pi*-6.035347e-06) q[1];
rz(pi*-0.004757259366) q[2];
rz(pi*-0.001539316532) q[3];
rz(pi*-0.003072331146) q[4];
rz(pi*0.005916848804) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00022605788) q[0];
rz(pi*4.6521038e-05) q[1];
rz(pi*-0.000740182842) q[2];
rz(pi*0.009961406389) q[3];
rz(pi*-0.004825919369) q[4];
rz(pi*0.00556408732) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002071942924) q[0];
rz(pi*-0.003987862272) q[1];
rz(pi*0.00343799232) q[2];
rz(pi*0.000615092886) q[3];
rz(pi*0.004288447514) q[4];
rz(pi*0.008855752323) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002673727354) q[0];
rz(pi*-0.001636186638) q[1];
rz(pi*-0.000744022971) q[2];
rz(pi*-0.000522762973) q[3];
rz(pi*0.000809532756) q[4];
rz(pi*-0.006638149982) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
