// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*0.030359911972) q[0];
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
rx(pi*-0.000485681701) q[0];
rx(pi*0.004848053747) q[1];
rx(pi*0.004527564314) q[2];
rx(pi*0.002432369546) q[3];
rx(pi*0.000408690254) q[4];
rx(pi*-0.000883547001) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*4.6534731e-05) q[0];
rx(pi*0.004674848569) q[1];
rx(pi*-0.001713498362) q[2];
rx(pi*-0.001441636081) q[3];
rx(pi*0.000717693022) q[4];
rx(pi*-0.002096447562) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000197808256) q[0];
rx(pi*-0.00319927454) q[1];
rx(pi*0.000854643354) q[2];
rx(pi*0.002034834898) q[3];
rx(pi*0.001160762042) q[4];
rx(pi*0.000113301553) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-7.9145762e-05) q[0];
rx(pi*0.000746809223) q[1];
rx(pi*-0.001212039524) q[2];
rx(pi*-0.000209579771) q[3];
rx(pi*-0.000181775783) q[4];
rx(pi*0.000809959198) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000346688796) q[0];
rx(pi*-0.001379680574) q[1];
rx(pi*-0.003782974681) q[2];
rx(pi*-0.003033952539) q[3];
rx(pi*0.000660941679) q[4];
rx(pi*-0.003299564485) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
