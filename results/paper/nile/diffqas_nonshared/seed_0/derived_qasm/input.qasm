// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.164204464) q[0];
rx(pi*0.016913819186) q[1];
rx(pi*-0.004855099455) q[2];
rx(pi*0.009507904951) q[3];
rx(pi*-0.014313773683) q[4];
rx(pi*0.001030155055) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.041746007114) q[0];
rx(pi*0.046232046902) q[1];
rx(pi*0.035107506729) q[2];
rx(pi*-0.00110435421) q[3];
rx(pi*-0.013420036315) q[4];
rx(pi*-0.003332856914) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.095246352389) q[0];
rx(pi*0.048170222172) q[1];
rx(pi*-0.007891753535) q[2];
rx(pi*0.00602201593) q[3];
rx(pi*-0.01320764352) q[4];
rx(pi*-0.005943495435) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.014342967999) q[0];
rx(pi*0.010730734707) q[1];
rx(pi*0.017936747921) q[2];
rx(pi*0.004650359791) q[3];
rx(pi*-0.01095757525) q[4];
rx(pi*-0.002787883709) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.166874650565) q[0];
rx(pi*0.013657330842) q[1];
rx(pi*-0.009114154032) q[2];
rx(pi*0.011947499705) q[3];
rx(pi*-0.01306963101) q[4];
rx(pi*0.00042497643) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
