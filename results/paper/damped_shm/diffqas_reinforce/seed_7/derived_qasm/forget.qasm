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
rz(pi*0.000521495726) q[0];
rz(pi*-0.005319809636) q[1];
rz(pi*-0.001218584826) q[2];
rz(pi*0.003131508925) q[3];
rz(pi*-0.003984503207) q[4];
rz(pi*0.003413149878) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001073540097) q[0];
rz(pi*-0.003322797207) q[1];
rz(pi*-0.001596573913) q[2];
rz(pi*-0.001461276432) q[3];
rz(pi*-0.000157626366) q[4];
rz(pi*-0.001706883246) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002633276863) q[0];
rz(pi*-0.000969336801) q[1];
rz(pi*-0.003268829819) q[2];
rz(pi*-0.004104578762) q[3];
rz(pi*-0.000153120552) q[4];
rz(pi*0.002810225898) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004868178793) q[0];
rz(pi*1.132987e-05) q[1];
rz(pi*-0.002068822352) q[2];
rz(pi*-0.003110412712) q[3];
rz(pi*0.002716548253) q[4];
rz(pi*-0.001649473342) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004769202118) q[0];
rz(pi*-0.002482321975) q[1];
rz(pi*0.001230354007) q[2];
rz(pi*-0.000723407376) q[3];
rz(pi*-0.002400097495) q[4];
rz(pi*0.001870626063) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
