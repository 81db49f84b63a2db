// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*0.030359911972) q[0];
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
rx(pi*-0.01467531362) q[0];
rx(pi*-0.03899366618) q[1];
rx(pi*0.124056299008) q[2];
rx(pi*-0.124773117875) q[3];
rx(pi*0.094452542112) q[4];
rx(pi*0.201723281266) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.082675465112) q[0];
rx(pi*-0.225508921759) q[1];
rx(pi*0.114595803989) q[2];
rx(pi*-0.139772772989) q[3];
rx(pi*-0.140922208448) q[4];
rx(pi*-0.005774994312) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.04807222793) q[0];
rx(pi*-0.024012253363) q[1];
rx(pi*0.166215651146) q[2];
rx(pi*0.016462641317) q[3];
rx(pi*0.078145261511) q[4];
rx(pi*0.026467703998) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.068915584197) q[0];
rx(pi*-0.484919942809) q[1];
rx(pi*0.266835531542) q[2];
rx(pi*0.079890389074) q[3];
rx(pi*0.354051393364) q[4];
rx(pi*0.317991390668) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.05205075146) q[0];
rx(pi*-0.131199519542) q[1];
rx(pi*-0.016719203855) q[2];
rx(pi*0.009875279008) q[3];
rx(pi*0.079855792268) q[4];
rx(pi*-0.001952370739) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
