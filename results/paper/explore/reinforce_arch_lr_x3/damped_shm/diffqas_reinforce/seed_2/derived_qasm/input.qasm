// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000951680732) q[0];
rz(pi*-0.00092088485) q[1];
rz(pi*-0.002694410021) q[2];
rz(pi*-0.000449804865) q[3];
rz(pi*-0.00289764728) q[4];
rz(pi*-0.003771324228) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003456410115) q[0];
rz(pi*0.001933470177) q[1];
rz(pi*0.003953125246) q[2];
rz(pi*-0.004266080127) q[3];
rz(pi*-0.006159820925) q[4];
rz(pi*-0.005007574534) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002100267754) q[0];
rz(pi*0.002593995271) q[1];
rz(pi*-0.005870625261) q[2];
rz(pi*0.003279549422) q[3];
rz(pi*-0.00136600226) q[4];
rz(pi*-0.003786517841) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000233185853) q[0];
rz(pi*0.001825190186) q[1];
rz(pi*-0.000669453995) q[2];
rz(pi*-0.00054794533) q[3];
rz(pi*-0.002670934506) q[4];
rz(pi*-0.004514654842) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001192673018) q[0];
rz(pi*-0.005172097309) q[1];
rz(pi*0.001914069209) q[2];
rz(pi*-0.002717929113) q[3];
rz(pi*0.004172920675) q[4];
rz(pi*-0.005060242882) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
